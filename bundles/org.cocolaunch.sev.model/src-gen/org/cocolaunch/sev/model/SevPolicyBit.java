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
 * A representation of the literals of the enumeration '<em><b>Policy Bit</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Bits of the 32-bit SEV/SEV-ES guest policy (kvm_sev_launch_start.policy); the literal value is the bit number. Bits 23:16 hold API_MAJOR and bits 31:24 API_MINOR.
 * <!-- end-model-doc -->
 * @see org.cocolaunch.sev.model.SevPackage#getSevPolicyBit()
 * @model
 * @generated
 */
public enum SevPolicyBit implements Enumerator {
	/**
	 * The '<em><b>NODBG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NODBG_VALUE
	 * @generated
	 * @ordered
	 */
	NODBG(0, "NODBG", "NODBG"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NOKS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOKS_VALUE
	 * @generated
	 * @ordered
	 */
	NOKS(1, "NOKS", "NOKS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ES_VALUE
	 * @generated
	 * @ordered
	 */
	ES(2, "ES", "ES"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NOSEND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOSEND_VALUE
	 * @generated
	 * @ordered
	 */
	NOSEND(3, "NOSEND", "NOSEND"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DOMAIN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOMAIN_VALUE
	 * @generated
	 * @ordered
	 */
	DOMAIN(4, "DOMAIN", "DOMAIN"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SEV</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEV_VALUE
	 * @generated
	 * @ordered
	 */
	SEV(5, "SEV", "SEV"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NODBG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NODBG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NODBG_VALUE = 0;

	/**
	 * The '<em><b>NOKS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOKS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOKS_VALUE = 1;

	/**
	 * The '<em><b>ES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ES_VALUE = 2;

	/**
	 * The '<em><b>NOSEND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOSEND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOSEND_VALUE = 3;

	/**
	 * The '<em><b>DOMAIN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOMAIN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DOMAIN_VALUE = 4;

	/**
	 * The '<em><b>SEV</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEV
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SEV_VALUE = 5;

	/**
	 * An array of all the '<em><b>Policy Bit</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SevPolicyBit[] VALUES_ARRAY = new SevPolicyBit[] { NODBG, NOKS, ES, NOSEND, DOMAIN, SEV, };

	/**
	 * A public read-only list of all the '<em><b>Policy Bit</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SevPolicyBit> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Policy Bit</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SevPolicyBit get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SevPolicyBit result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Policy Bit</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SevPolicyBit getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SevPolicyBit result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Policy Bit</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SevPolicyBit get(int value) {
		switch (value) {
		case NODBG_VALUE:
			return NODBG;
		case NOKS_VALUE:
			return NOKS;
		case ES_VALUE:
			return ES;
		case NOSEND_VALUE:
			return NOSEND;
		case DOMAIN_VALUE:
			return DOMAIN;
		case SEV_VALUE:
			return SEV;
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
	private SevPolicyBit(int value, String name, String literal) {
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

} //SevPolicyBit
