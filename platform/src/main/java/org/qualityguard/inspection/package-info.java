/**
 * Risk early warning on import/export inspection (PRODUCT.md §1): lots declared by the single window get the risk
 * engine's decision at once, inspectors work their bureau's worklist and record results, analysts confirm or dismiss
 * warnings, and every day's selection can be reproduced from what was stored with it.
 */
package org.qualityguard.inspection;
