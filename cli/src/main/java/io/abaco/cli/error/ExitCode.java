package io.abaco.cli.error;

import io.abaco.error.ConfigException;
import io.abaco.error.ExternalServiceException;
import io.abaco.error.InputDataException;
import io.abaco.error.StateRefusedException;
import io.abaco.error.UsageException;
import io.abaco.error.VerdictException;
import picocli.CommandLine.ParameterException;

/** The exit codes of DESIGN §11 and which failure gets which. */
public enum ExitCode {
    OK(0),
    NEGATIVE_VERDICT(1),
    USAGE(2),
    REFUSED(3),
    INTERNAL(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** Anything abaco does not throw on purpose is a bug: {@link #INTERNAL}. */
    public static ExitCode of(Throwable error) {
        if (error instanceof VerdictException || error instanceof ExternalServiceException) return NEGATIVE_VERDICT;
        if (error instanceof UsageException
                || error instanceof ConfigException
                || error instanceof InputDataException
                || error instanceof ParameterException) return USAGE;
        if (error instanceof StateRefusedException) return REFUSED;
        return INTERNAL;
    }
}
