package dev.topolint.design;

import java.util.List;

/** Small pieces of English that the summary's sentences share. */
final class Words {

    private Words() {
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}; an empty list is {@code nothing}. */
    static String list(List<String> items) {
        return switch (items.size()) {
            case 0 -> "nothing";
            case 1 -> items.get(0);
            default -> String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
        };
    }
}
