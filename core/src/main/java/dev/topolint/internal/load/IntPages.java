package dev.topolint.internal.load;

import java.util.Arrays;

/**
 * A growing array of ints kept in pages of a fixed size, so that it never copies what it holds to grow: a large
 * estate's source map holds tens of millions, and each copy of one array would be garbage of that size left in the
 * collector's old generation.
 */
final class IntPages {

    private static final int PAGE_BITS = 12;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;

    private int[][] pages = new int[1][];

    int get(long index) {
        return pages[(int) (index >>> PAGE_BITS)][(int) index & (PAGE_SIZE - 1)];
    }

    void set(long index, int value) {
        int page = (int) (index >>> PAGE_BITS);
        if (page >= pages.length) {
            pages = Arrays.copyOf(pages, Math.max(page + 1, pages.length * 2));
        }
        if (pages[page] == null) {
            pages[page] = new int[PAGE_SIZE];
        }
        pages[page][(int) index & (PAGE_SIZE - 1)] = value;
    }
}
