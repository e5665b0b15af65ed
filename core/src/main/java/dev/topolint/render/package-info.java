/**
 * Turns a {@link dev.topolint.Report} into text for people, JSON for scripts or SARIF for code-scanning
 * services. Every renderer is a pure function of the report: no clock, no file system, no environment, so
 * equal reports give byte-identical output and golden files can pin it down.
 */
package dev.topolint.render;
