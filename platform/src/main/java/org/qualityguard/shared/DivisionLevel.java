package org.qualityguard.shared;

public enum DivisionLevel {
    PROVINCE, CITY, COUNTY
}
