package dev.interactions4j.simulator;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Real, small, deterministic media for the scripted model's image answers. */
final class Media {
  private Media() {}

  /** A 64×64 PNG whose pattern and colours follow from {@code prompt}. */
  static byte[] png(String prompt) {
    int hash = prompt.hashCode();
    Color base = new Color(hash & 0xFFFFFF);
    Color accent = new Color(~hash & 0xFFFFFF);
    BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
    int stripe = 4 + Math.floorMod(hash, 12);
    for (int y = 0; y < 64; y++) {
      for (int x = 0; x < 64; x++) {
        image.setRGB(x, y, ((x + y) / stripe) % 2 == 0 ? base.getRGB() : accent.getRGB());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
