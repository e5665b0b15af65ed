/** The configuration file: which rules run, at which severity, when a run fails, and what is accepted. */
package dev.topolint.config;
