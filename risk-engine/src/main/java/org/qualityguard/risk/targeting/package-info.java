/** Choosing lots under a capacity: stratified random exploration, mandatory rules, then expected findings. */
package org.qualityguard.risk.targeting;
