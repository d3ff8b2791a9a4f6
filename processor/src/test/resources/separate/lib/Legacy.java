package lib;

import java.util.Date;

public record Legacy(String id, Date when) {}
