/** JMH benchmarks. */
package dev.interactions4j.benchmarks;
