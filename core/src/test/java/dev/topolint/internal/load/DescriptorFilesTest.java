package dev.topolint.internal.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DescriptorFilesTest {

    @Test
    void aDescriptorDeclaresTopolintAtTheTopLevel() {
        assertTrue(DescriptorFiles.looksLikeDescriptor("# a design\ntopolint: 1\nhosts: []\n"));
        assertTrue(DescriptorFiles.looksLikeDescriptor("{\"hosts\": [], \"topolint\": 1}"));
    }

    @Test
    void otherYamlIsNotADescriptor() {
        assertFalse(DescriptorFiles.looksLikeDescriptor("scenario: S01\nfindings: []\n"));
        assertFalse(DescriptorFiles.looksLikeDescriptor("tools:\n  topolint: 0.1.0\n"));
    }
}
