package dev.topolint.internal.load;

/** JSON Pointer (RFC 6901) construction. */
final class Pointers {

    private Pointers() {
    }

    static String child(String parent, String name) {
        return parent + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    static String child(String parent, int index) {
        return parent + "/" + index;
    }
}
