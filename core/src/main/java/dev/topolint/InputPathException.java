package dev.topolint;

/** A path given to topolint that does not exist or cannot be walked: a usage error, not a bad descriptor. */
public class InputPathException extends Exception {

    public InputPathException(String message) {
        super(message);
    }
}
