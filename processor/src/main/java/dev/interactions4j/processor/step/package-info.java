/** The processor's step layer (see STYLE.md: step → validation → model ← generation). */
package dev.interactions4j.processor.step;
