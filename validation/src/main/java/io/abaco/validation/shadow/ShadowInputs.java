package io.abaco.validation.shadow;

/**
 * What a shadow comparison compared.
 *
 * @param tape the input both pipelines ran on, or null when outputs were compared directly
 * @param v1Loans V1's loan-level file, or null when V1 wrote none
 * @param v2Loans V2's loan-level file, or null when V2 wrote none
 */
public record ShadowInputs(String tape, String v1Loans, String v2Loans) {}
