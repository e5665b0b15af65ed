/**
 * Facts derived from the topology graph and handed to the rules beside the model records: what clients
 * reach through DNS, which listeners face them, which HA modes a tier can really provide, which database
 * ports the internet reaches. The reasoning is Java, tested on its own, so that the DRL stays declarative and
 * no rule joins become cross products.
 */
package dev.topolint.facts;
