/**
 * The design summary: what a descriptor's design is and how it works, told from the facts the rules also see.
 */
package dev.topolint.design;
