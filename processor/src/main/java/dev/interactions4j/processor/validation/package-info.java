/** The processor's validation layer (see STYLE.md: step → validation → model ← generation). */
package dev.interactions4j.processor.validation;
