/** The processor's generation layer (see STYLE.md: step → validation → model ← generation). */
package dev.interactions4j.processor.generation;
