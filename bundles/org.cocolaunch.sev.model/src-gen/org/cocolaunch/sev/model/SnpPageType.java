/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Snp Page Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * SNP_LAUNCH_UPDATE page types; values are the firmware PAGE_INFO.PAGE_TYPE values (KVM_SEV_SNP_PAGE_TYPE_*). VMSA is used by KVM itself inside SNP_LAUNCH_FINISH.
 * <!-- end-model-doc -->
 * @see org.cocolaunch.sev.model.SevPackage#getSnpPageType()
 * @model
 * @generated
 */
public enum SnpPageType implements Enumerator {
	/**
	 * The '<em><b>INVALID</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_VALUE
	 * @generated
	 * @ordered
	 */
	INVALID(0, "INVALID", "INVALID"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NORMAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NORMAL_VALUE
	 * @generated
	 * @ordered
	 */
	NORMAL(1, "NORMAL", "NORMAL"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>VMSA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VMSA_VALUE
	 * @generated
	 * @ordered
	 */
	VMSA(2, "VMSA", "VMSA"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ZERO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZERO_VALUE
	 * @generated
	 * @ordered
	 */
	ZERO(3, "ZERO", "ZERO"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>UNMEASURED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNMEASURED_VALUE
	 * @generated
	 * @ordered
	 */
	UNMEASURED(4, "UNMEASURED", "UNMEASURED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SECRETS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECRETS_VALUE
	 * @generated
	 * @ordered
	 */
	SECRETS(5, "SECRETS", "SECRETS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CPUID</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CPUID_VALUE
	 * @generated
	 * @ordered
	 */
	CPUID(6, "CPUID", "CPUID"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INVALID</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVALID_VALUE = 0;

	/**
	 * The '<em><b>NORMAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NORMAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NORMAL_VALUE = 1;

	/**
	 * The '<em><b>VMSA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VMSA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VMSA_VALUE = 2;

	/**
	 * The '<em><b>ZERO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZERO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ZERO_VALUE = 3;

	/**
	 * The '<em><b>UNMEASURED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNMEASURED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNMEASURED_VALUE = 4;

	/**
	 * The '<em><b>SECRETS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECRETS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECRETS_VALUE = 5;

	/**
	 * The '<em><b>CPUID</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CPUID
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CPUID_VALUE = 6;

	/**
	 * An array of all the '<em><b>Snp Page Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SnpPageType[] VALUES_ARRAY = new SnpPageType[] { INVALID, NORMAL, VMSA, ZERO, UNMEASURED,
			SECRETS, CPUID, };

	/**
	 * A public read-only list of all the '<em><b>Snp Page Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SnpPageType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Snp Page Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SnpPageType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SnpPageType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Snp Page Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SnpPageType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SnpPageType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Snp Page Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SnpPageType get(int value) {
		switch (value) {
		case INVALID_VALUE:
			return INVALID;
		case NORMAL_VALUE:
			return NORMAL;
		case VMSA_VALUE:
			return VMSA;
		case ZERO_VALUE:
			return ZERO;
		case UNMEASURED_VALUE:
			return UNMEASURED;
		case SECRETS_VALUE:
			return SECRETS;
		case CPUID_VALUE:
			return CPUID;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private SnpPageType(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
		return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}

} //SnpPageType
