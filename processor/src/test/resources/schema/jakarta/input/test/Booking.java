package test;

import dev.interactions4j.schema.GeminiOutput;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Constraints from Jakarta Validation and nullability from JSpecify, read by simple name. */
@GeminiOutput
public record Booking(
    @Min(1) int guests,
    @Size(min = 1, max = 3) List<@Pattern(regexp = "[A-Z][a-z]+") String> names,
    @NotBlank String room,
    @Email @Nullable String contact) {}
