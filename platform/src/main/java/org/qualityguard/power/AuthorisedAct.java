package org.qualityguard.power;

/** An act the guard let pass: the item code and the version in force that it exercises. */
public record AuthorisedAct(String itemCode, int version) {
}
