package io.tappass.pipeline.pii;

import io.tappass.core.governance.Classification;
import java.util.Locale;

/**
 * The built-in PII entity types of {@code detect_pii}, with their TapPass mask label and data classification.
 *
 * <p>Mask mapping: a finding of type {@code T} is replaced by {@code [MASKED_<label>]} (e.g. {@code EMAIL_ADDRESS}
 * becomes {@code [MASKED_EMAIL]}) and tokenised as {@code <label_n>} (e.g. {@code <EMAIL_1>}). Classification:
 * contact and online identifiers are {@code CONFIDENTIAL}; government identifiers, health numbers, payment cards
 * and bank accounts are {@code RESTRICTED}.
 */
public enum PiiEntity {
    /** E-mail address. */
    EMAIL_ADDRESS("EMAIL", Classification.CONFIDENTIAL),
    /** Phone number, E.164 or national format. */
    PHONE_NUMBER("PHONE", Classification.CONFIDENTIAL),
    /** Payment card number (Luhn + issuer range). */
    CREDIT_CARD("CREDIT_CARD", Classification.RESTRICTED),
    /** IBAN (mod-97 + country length). */
    IBAN_CODE("IBAN", Classification.RESTRICTED),
    /** US social security number. */
    US_SSN("SSN", Classification.RESTRICTED),
    /** UK National Insurance number. */
    UK_NINO("NINO", Classification.RESTRICTED),
    /** UK NHS number. */
    UK_NHS("NHS", Classification.RESTRICTED),
    /** Dutch citizen service number (BSN). */
    NL_BSN("BSN", Classification.RESTRICTED),
    /** Belgian national register number. */
    BE_NATIONAL_NUMBER("BE_NATIONAL_ID", Classification.RESTRICTED),
    /** German tax identification number. */
    DE_TAX_ID("DE_TAX_ID", Classification.RESTRICTED),
    /** French social security number (NIR). */
    FR_NIR("FR_NIR", Classification.RESTRICTED),
    /** Spanish DNI or NIE. */
    ES_DNI_NIE("ES_ID", Classification.RESTRICTED),
    /** Italian codice fiscale. */
    IT_FISCAL_CODE("IT_FISCAL_CODE", Classification.RESTRICTED),
    /** IPv4 or IPv6 address. */
    IP_ADDRESS("IP", Classification.CONFIDENTIAL),
    /** MAC address. */
    MAC_ADDRESS("MAC", Classification.CONFIDENTIAL),
    /** Bitcoin or Ethereum wallet address. */
    CRYPTO("CRYPTO", Classification.CONFIDENTIAL),
    /** A date introduced as a date of birth. */
    DATE_OF_BIRTH("DOB", Classification.CONFIDENTIAL),
    /** A person's name. */
    PERSON("PERSON", Classification.CONFIDENTIAL);

    private final String label;
    private final Classification classification;

    PiiEntity(String label, Classification classification) {
        this.label = label;
        this.classification = classification;
    }

    /** The short label used in masks and tokens, e.g. {@code EMAIL}. */
    public String label() {
        return label;
    }

    /** The TapPass mask, e.g. {@code [MASKED_EMAIL]}. */
    public String mask() {
        return "[MASKED_" + label + "]";
    }

    /** The data classification of this entity. */
    public Classification classification() {
        return classification;
    }

    /** The built-in entity named {@code type}, or null (custom patterns and plugged-in recognizers). */
    public static PiiEntity of(String type) {
        try {
            return valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The label of any type: the built-in label, or the type itself for custom ones. */
    public static String labelOf(String type) {
        PiiEntity e = of(type);
        return e != null ? e.label : type.toUpperCase(Locale.ROOT);
    }

    /** The classification of any type (custom types default to CONFIDENTIAL). */
    public static Classification classificationOf(String type) {
        PiiEntity e = of(type);
        return e != null ? e.classification : Classification.CONFIDENTIAL;
    }
}
