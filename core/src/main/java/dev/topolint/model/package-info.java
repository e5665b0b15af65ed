/**
 * The topology descriptor as read-only records, in the vocabulary of the descriptor format.
 *
 * <p>Every record carries {@code path}, the JSON Pointer of its declaration in the descriptor
 * (for example {@code /hosts/2/services/0}). Findings name a path; the report turns it into the
 * file, line and column of that declaration, so rules never deal with positions themselves.
 */
package dev.topolint.model;
