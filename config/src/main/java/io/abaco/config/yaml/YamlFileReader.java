package io.abaco.config.yaml;

import io.abaco.error.ConfigProblem;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one YAML file into {@link ConfigNode}s with marks, using SnakeYAML's node API with limits that make hostile
 * input (alias bombs, deep nesting, huge files) a reported problem instead of an out-of-memory error. Anchors and
 * aliases are allowed; duplicate keys are problems. Thread-safe (stateless).
 */
public final class YamlFileReader {
    /** Largest configuration file accepted, in bytes and in code points. */
    public static final int MAX_FILE_SIZE = 4 * 1024 * 1024;

    static final int MAX_ALIASES = 50;
    static final int MAX_NESTING_DEPTH = 40;
    /** Aliases can copy a subtree many times over: bound the nodes produced after expansion. */
    static final int MAX_EXPANDED_NODES = 100_000;

    private YamlFileReader() {}

    /** Reads {@code file}, naming it {@code displayName} in marks and problems. A missing file is a problem. */
    public static YamlReadResult read(Path file, String displayName) {
        try {
            if (Files.size(file) > MAX_FILE_SIZE) {
                return failure(displayName, 0, 0, "file is larger than " + MAX_FILE_SIZE / (1024 * 1024) + " MiB");
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            return readText(text, displayName, mark -> mark);
        } catch (NoSuchFileException e) {
            return failure(displayName, 0, 0, "file not found");
        } catch (CharacterCodingException e) {
            return failure(displayName, 0, 0, "file is not valid UTF-8");
        } catch (IOException e) {
            return failure(displayName, 0, 0, "cannot read file: " + e.getMessage());
        }
    }

    /**
     * Reads YAML text. {@code marks} may rewrite every mark (the built-in defaults map them all to
     * {@link SourceMark#builtIn()}).
     */
    public static YamlReadResult readText(String text, String displayName, Function<SourceMark, SourceMark> marks) {
        Node root;
        try {
            LoaderOptions options = loaderOptions();
            Composer composer = new Composer(
                    new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(), options);
            root = composer.getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            int line = mark == null ? 0 : mark.getLine() + 1;
            int column = mark == null ? 0 : mark.getColumn() + 1;
            return failure(displayName, line, column, "invalid YAML: " + problem.strip());
        } catch (YAMLException e) {
            return failure(displayName, 0, 0, describeLimit(e));
        } catch (StackOverflowError e) {
            return failure(displayName, 0, 0, "YAML nested too deeply");
        }
        if (root == null) {
            return new YamlReadResult(
                    new ConfigNode.MapNode(marks.apply(SourceMark.fileLevel(displayName)), java.util.Map.of()),
                    List.of());
        }
        if (!(root instanceof MappingNode)) {
            Mark start = root.getStartMark();
            return failure(
                    displayName,
                    start.getLine() + 1,
                    start.getColumn() + 1,
                    "expected a map of settings at the top of the file");
        }
        List<ConfigProblem> problems = new ArrayList<>();
        ConfigNode converted;
        try {
            converted = new NodeConverter(displayName, marks, problems, MAX_EXPANDED_NODES).convert(root, "");
        } catch (NodeConverter.TooManyNodesException e) {
            return failure(
                    displayName,
                    0,
                    0,
                    "aliases expand to more than " + MAX_EXPANDED_NODES + " values: refusing a possible YAML bomb");
        }
        return new YamlReadResult(problems.isEmpty() ? (ConfigNode.MapNode) converted : null, problems);
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_NESTING_DEPTH);
        options.setCodePointLimit(MAX_FILE_SIZE);
        options.setProcessComments(false);
        return options;
    }

    private static String describeLimit(YAMLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("aliases")) {
            return "more than " + MAX_ALIASES + " aliases to collections: refusing a possible YAML bomb";
        }
        if (message.contains("Nesting Depth")) {
            return "YAML nested more than " + MAX_NESTING_DEPTH + " levels deep";
        }
        if (message.contains("exceeds the limit")) {
            return "file is larger than " + MAX_FILE_SIZE + " characters";
        }
        return "invalid YAML: " + message;
    }

    private static YamlReadResult failure(String file, int line, int column, String message) {
        return new YamlReadResult(null, List.of(new ConfigProblem(file, line, column, "", message)));
    }
}
