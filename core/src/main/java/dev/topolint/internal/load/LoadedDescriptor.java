package dev.topolint.internal.load;

import dev.topolint.model.Descriptor;

/** A descriptor and where each of its nodes stands in the file. */
public record LoadedDescriptor(Descriptor descriptor, SourceMap sourceMap) {
}
