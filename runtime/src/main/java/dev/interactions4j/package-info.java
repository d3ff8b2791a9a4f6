/** The runtime of interactions4j. */
package dev.interactions4j;
