package org.qualityguard.power;

/** One line of a penalty's discretion standard: the circumstance (轻微, 一般, 严重) and the range of penalty for it. */
public record DiscretionRange(String circumstance, String range) {
}
