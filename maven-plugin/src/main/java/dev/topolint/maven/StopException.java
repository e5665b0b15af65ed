package dev.topolint.maven;

/** Stops a check with the {@link Outcome.Stop} the build is told. */
final class StopException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean failure;

    private StopException(boolean failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
    }

    /** The project checked fails the build. */
    static StopException failure(String message) {
        return new StopException(true, message, null);
    }

    /** The goal cannot run as configured. */
    static StopException error(String message, Throwable cause) {
        return new StopException(false, message, cause);
    }

    Outcome.Stop stop() {
        return new Outcome.Stop(failure, getMessage());
    }
}
