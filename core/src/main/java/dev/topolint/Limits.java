package dev.topolint;

/**
 * Bounds on what topolint reads, so that a broken or hostile descriptor costs bounded time and memory and is
 * refused with a message instead of exhausting the stack, the heap or the CI job's patience. Each bound can be
 * changed with the Java system property named in its description, for example
 * {@code -Dtopolint.maxFileBytes=134217728}.
 *
 * @param maxFileBytes the largest file read, in bytes ({@code topolint.maxFileBytes}); a file is measured before
 *     it is read
 * @param maxDepth how deeply maps and lists may nest ({@code topolint.maxDepth})
 * @param maxScalarLength the longest key or value, in characters ({@code topolint.maxScalarLength})
 * @param maxAliases how many aliases to maps or lists a document may use ({@code topolint.maxAliases})
 * @param maxNodes how many nodes a document may expand to once its aliases are followed
 *     ({@code topolint.maxNodes})
 */
public record Limits(long maxFileBytes, int maxDepth, int maxScalarLength, int maxAliases, int maxNodes) {

    /**
     * Far above any real descriptor (a 10,000-host design is a few megabytes and nests less than ten levels), and
     * far below what would hurt.
     */
    public static final Limits DEFAULTS = new Limits(64L * 1024 * 1024, 64, 4096, 50, 1_000_000);

    public Limits {
        requirePositive("maxFileBytes", maxFileBytes);
        requirePositive("maxDepth", maxDepth);
        requirePositive("maxScalarLength", maxScalarLength);
        requirePositive("maxAliases", maxAliases);
        requirePositive("maxNodes", maxNodes);
    }

    /**
     * The defaults, each replaced by its system property when that is set.
     *
     * @throws IllegalArgumentException naming the property when one is not a positive whole number
     */
    public static Limits fromSystemProperties() {
        return new Limits(property("maxFileBytes", DEFAULTS.maxFileBytes, Long.MAX_VALUE),
                (int) property("maxDepth", DEFAULTS.maxDepth, Integer.MAX_VALUE),
                (int) property("maxScalarLength", DEFAULTS.maxScalarLength, Integer.MAX_VALUE),
                (int) property("maxAliases", DEFAULTS.maxAliases, Integer.MAX_VALUE),
                (int) property("maxNodes", DEFAULTS.maxNodes, Integer.MAX_VALUE));
    }

    /** The name of the system property that sets a bound. */
    public static String propertyName(String bound) {
        return "topolint." + bound;
    }

    private static long property(String bound, long fallback, long max) {
        String name = propertyName(bound);
        String text = System.getProperty(name);
        if (text == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value > 0 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below, with the property's name.
        }
        throw new IllegalArgumentException("the system property " + name + " is '" + text
                + "'; it must be a whole number from 1 to " + max);
    }

    private static void requirePositive(String bound, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(bound + " must be positive, not " + value);
        }
    }
}
