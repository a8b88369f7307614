package io.abaco.error;

import java.util.List;

/**
 * The configuration cannot be used. Carries every problem found, not only the first (exit 2).
 *
 * @see ConfigProblem
 */
public class ConfigException extends AbacoException {
    private final List<ConfigProblem> problems;

    public ConfigException(List<ConfigProblem> problems) {
        super(render(problems));
        this.problems = List.copyOf(problems);
    }

    public ConfigException(ConfigProblem problem) {
        this(List.of(problem));
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    private static String render(List<ConfigProblem> problems) {
        StringBuilder message = new StringBuilder();
        for (ConfigProblem problem : problems) {
            if (message.length() > 0) message.append(System.lineSeparator());
            message.append(problem.render());
        }
        return message.toString();
    }
}
