/** Suppressions: accepting a finding on the record, with a reason and an end date, without letting it rot. */
package dev.topolint.suppress;
