package dev.interactions4j.internal;

import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * Conversions between the lists generated parsers read and primitive arrays, and writers for
 * primitive arrays. ({@code byte[]} and {@code char[]} are not mapped: Jackson writes them as
 * strings, so the processor rejects them.)
 */
public final class JsonArrays {
  private JsonArrays() {}

  /** Unboxes a list read from JSON. */
  public static int[] toIntArray(List<Integer> list) {
    int[] array = new int[list.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = list.get(i);
    }
    return array;
  }

  /** Unboxes a list read from JSON. */
  public static long[] toLongArray(List<Long> list) {
    long[] array = new long[list.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = list.get(i);
    }
    return array;
  }

  /** Unboxes a list read from JSON. */
  public static short[] toShortArray(List<Short> list) {
    short[] array = new short[list.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = list.get(i);
    }
    return array;
  }

  /** Unboxes a list read from JSON. */
  public static double[] toDoubleArray(List<Double> list) {
    double[] array = new double[list.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = list.get(i);
    }
    return array;
  }

  /** Unboxes a list read from JSON. */
  public static float[] toFloatArray(List<Float> list) {
    float[] array = new float[list.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = list.get(i);
    }
    return array;
  }

  /** Unboxes a list read from JSON. */
  public static boolean[] toBooleanArray(List<Boolean> list) {
    boolean[] array = new boolean[list.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = list.get(i);
    }
    return array;
  }

  /** Writes an {@code int[]}. */
  public static void writeIntArray(int[] value, JsonGenerator generator) {
    generator.writeArray(value, 0, value.length);
  }

  /** Writes a {@code long[]}. */
  public static void writeLongArray(long[] value, JsonGenerator generator) {
    generator.writeArray(value, 0, value.length);
  }

  /** Writes a {@code double[]}. */
  public static void writeDoubleArray(double[] value, JsonGenerator generator) {
    generator.writeArray(value, 0, value.length);
  }

  /** Writes a {@code short[]}. */
  public static void writeShortArray(short[] value, JsonGenerator generator) {
    generator.writeStartArray();
    for (short item : value) {
      generator.writeNumber(item);
    }
    generator.writeEndArray();
  }

  /** Writes a {@code float[]}. */
  public static void writeFloatArray(float[] value, JsonGenerator generator) {
    generator.writeStartArray();
    for (float item : value) {
      generator.writeNumber(item);
    }
    generator.writeEndArray();
  }

  /** Writes a {@code boolean[]}. */
  public static void writeBooleanArray(boolean[] value, JsonGenerator generator) {
    generator.writeStartArray();
    for (boolean item : value) {
      generator.writeBoolean(item);
    }
    generator.writeEndArray();
  }
}
