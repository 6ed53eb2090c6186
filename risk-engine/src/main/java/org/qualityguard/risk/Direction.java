package org.qualityguard.risk;

/** Whether a lot enters or leaves the country. */
public enum Direction { IMPORT, EXPORT }
