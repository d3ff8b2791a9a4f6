/** The processor's model layer (see STYLE.md: step → validation → model ← generation). */
package dev.interactions4j.processor.model;
