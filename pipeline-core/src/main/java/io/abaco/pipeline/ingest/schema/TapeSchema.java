package io.abaco.pipeline.ingest.schema;

import io.abaco.error.InputDataException;
import io.abaco.pipeline.ingest.TapeColumns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of one tape, as its header names them, mapped onto DESIGN §5. Names are trimmed and lower-cased
 * ({@link Locale#ROOT}); columns beyond §5 are extras, kept in tape order.
 *
 * <p>Immutable and thread-safe.
 */
public final class TapeSchema {
    private final List<String> names;
    private final Map<String, Integer> indexByName;
    private final int loanId;
    private final int period;
    private final int measurementDate;
    private final int[] amounts;
    private final int[] extras;

    private TapeSchema(List<String> names) {
        this.names = List.copyOf(names);
        this.indexByName = new HashMap<>();
        for (int i = 0; i < names.size(); i++) indexByName.put(names.get(i), i);
        this.loanId = indexOf(TapeColumns.LOAN_ID);
        this.period = indexOf(TapeColumns.PERIOD);
        this.measurementDate = indexOf(TapeColumns.MEASUREMENT_DATE);
        this.amounts = TapeColumns.AMOUNTS.stream().mapToInt(this::indexOf).toArray();
        List<Integer> extraIndexes = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!isKnown(names.get(i))) extraIndexes.add(i);
        }
        this.extras = extraIndexes.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Checks a header: no empty or duplicate names, every required column present.
     *
     * @param rawNames the names as written
     * @param file the file as the workspace displays it, for messages
     * @param line the header's line (0 when the format has none, as Parquet)
     * @throws InputDataException naming the first problem
     */
    public static TapeSchema of(List<String> rawNames, String file, long line) {
        List<String> names = new ArrayList<>(rawNames.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rawNames.size(); i++) {
            String name = normalize(rawNames.get(i));
            String where = file + (line > 0 ? ":" + line + ":" + (i + 1) : "");
            if (name.isEmpty()) throw new InputDataException(where + ": empty column name in the header");
            Integer earlier = seen.putIfAbsent(name, i + 1);
            if (earlier != null) {
                throw new InputDataException(
                        where + ": duplicate column name \"" + name + "\" (also column " + earlier + ")");
            }
            names.add(name);
        }
        List<String> missing = new ArrayList<>();
        if (!seen.containsKey(TapeColumns.MEASUREMENT_DATE)) missing.add(TapeColumns.MEASUREMENT_DATE);
        for (String amount : TapeColumns.AMOUNTS.subList(0, TapeColumns.REQUIRED_AMOUNTS)) {
            if (!seen.containsKey(amount)) missing.add(amount);
        }
        if (!missing.isEmpty()) {
            throw new InputDataException(file + (line > 0 ? ":" + line : "") + ": missing required column"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + "; columns found: "
                    + String.join(", ", names));
        }
        return new TapeSchema(names);
    }

    /** Trimmed and lower-cased, as DESIGN §5 matches column names. */
    public static String normalize(String rawName) {
        return rawName.strip().toLowerCase(Locale.ROOT);
    }

    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    /** 0-based index of a normalized column name, or -1. */
    public int indexOf(String name) {
        return indexByName.getOrDefault(name, -1);
    }

    public String name(int index) {
        return names.get(index);
    }

    public int loanId() {
        return loanId;
    }

    public int period() {
        return period;
    }

    public int measurementDate() {
        return measurementDate;
    }

    /** Index of each {@link TapeColumns#AMOUNTS} column, -1 when absent. */
    public int amount(int amountIndex) {
        return amounts[amountIndex];
    }

    /** Indexes of the extra columns, in tape order (a copy). */
    public int[] extras() {
        return Arrays.copyOf(extras, extras.length);
    }

    public List<String> extraColumns() {
        return Arrays.stream(extras).mapToObj(names::get).toList();
    }

    private static boolean isKnown(String name) {
        return name.equals(TapeColumns.LOAN_ID)
                || name.equals(TapeColumns.PERIOD)
                || name.equals(TapeColumns.MEASUREMENT_DATE)
                || TapeColumns.AMOUNTS.contains(name);
    }
}
