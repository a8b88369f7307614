package io.abaco.config.schema;

import io.abaco.config.Workspace;
import io.abaco.error.ConfigProblem;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Paths abaco writes to or reads its own state from must stay inside the workspace: a {@code ..} or an absolute
 * path elsewhere is refused. The check is lexical (symbolic links are not followed).
 */
public final class PathRules {
    public static final List<String> WORKSPACE_PATHS = List.of(
            "pipeline.ingestion.path",
            "pipeline.output.dir",
            "run.artifacts_dir",
            "cutover.backup.dir",
            "validation.history_dir");

    private PathRules() {}

    public static List<ConfigProblem> check(ValidatedTree tree, Workspace workspace) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (String keyPath : WORKSPACE_PATHS) {
            if (!tree.usable(keyPath) || !tree.at(keyPath).isTextual()) continue;
            String text = tree.at(keyPath).asText();
            if (text.isBlank()) {
                problems.add(tree.problem(keyPath, "must not be empty"));
                continue;
            }
            try {
                Path resolved = workspace.root().resolve(text).normalize();
                if (!resolved.startsWith(workspace.root())) {
                    problems.add(tree.problem(keyPath, "path '" + text + "' is outside the workspace"));
                }
            } catch (InvalidPathException e) {
                problems.add(tree.problem(keyPath, "not a valid path: '" + text + "'"));
            }
        }
        return problems;
    }
}
