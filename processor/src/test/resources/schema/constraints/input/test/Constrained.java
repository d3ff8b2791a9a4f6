package test;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.interactions4j.schema.DecimalMax;
import dev.interactions4j.schema.DecimalMin;
import dev.interactions4j.schema.Email;
import dev.interactions4j.schema.Max;
import dev.interactions4j.schema.Min;
import dev.interactions4j.schema.NotBlank;
import dev.interactions4j.schema.NotEmpty;
import dev.interactions4j.schema.Pattern;
import dev.interactions4j.schema.Size;
import dev.interactions4j.schema.GeminiOutput;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Every constraint, and a renamed property. */
@GeminiOutput
public record Constrained(
    @Min(1) @Max(5) int stars,
    @DecimalMin(value = "0", inclusive = false) @DecimalMax("100.5") BigDecimal percent,
    @Size(min = 2, max = 10) String code,
    @Pattern(regexp = "[A-Z]{3}") String currency,
    @NotBlank String title,
    @NotEmpty List<@NotBlank String> tags,
    @Email String contact,
    @Size(max = 2) Map<String, Integer> scores,
    @JsonProperty("full_name") String fullName) {}
