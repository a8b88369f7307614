import io.abaco.validation.shadow.RowComparator;
import io.abaco.validation.shadow.RowComparison;
import java.nio.file.Path;

/** bench/shadow.sh's row comparison alone: java -cp <abaco jars> bench/RowCompareBench.java V1_FILE V2_FILE */
public class RowCompareBench {
    public static void main(String[] args) {
        long start = System.nanoTime();
        RowComparison comparison = new RowComparator(0.01).compare(Path.of(args[0]), Path.of(args[1]));
        System.out.printf("compare() %.2f s: %s%n", (System.nanoTime() - start) / 1e9, comparison);
    }
}
