/** risk-replay: generates synthetic lot worlds with known truth and replays labelled lot files against strategies. */
package org.qualityguard.replay;
