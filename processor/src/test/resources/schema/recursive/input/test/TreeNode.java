package test;

import dev.interactions4j.schema.GeminiOutput;
import java.util.List;

/** A node of a tree, which refers to itself. */
@GeminiOutput
public record TreeNode(String label, List<TreeNode> children) {}
