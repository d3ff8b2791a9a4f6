/** The annotation processor of interactions4j. */
package dev.interactions4j.processor;
