/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Vm Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * KVM VM type, numbered as in the KVM API (KVM_X86_*_VM).
 * <!-- end-model-doc -->
 * @see org.cocolaunch.model.ModelPackage#getVmType()
 * @model
 * @generated
 */
public enum VmType implements Enumerator {
	/**
	 * The '<em><b>DEFAULT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEFAULT_VALUE
	 * @generated
	 * @ordered
	 */
	DEFAULT(0, "DEFAULT", "DEFAULT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SW PROTECTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SW_PROTECTED_VALUE
	 * @generated
	 * @ordered
	 */
	SW_PROTECTED(1, "SW_PROTECTED", "SW_PROTECTED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SEV</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEV_VALUE
	 * @generated
	 * @ordered
	 */
	SEV(2, "SEV", "SEV"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SEV ES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEV_ES_VALUE
	 * @generated
	 * @ordered
	 */
	SEV_ES(3, "SEV_ES", "SEV_ES"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SNP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SNP_VALUE
	 * @generated
	 * @ordered
	 */
	SNP(4, "SNP", "SNP"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TDX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TDX_VALUE
	 * @generated
	 * @ordered
	 */
	TDX(5, "TDX", "TDX"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DEFAULT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEFAULT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEFAULT_VALUE = 0;

	/**
	 * The '<em><b>SW PROTECTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SW_PROTECTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SW_PROTECTED_VALUE = 1;

	/**
	 * The '<em><b>SEV</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEV
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SEV_VALUE = 2;

	/**
	 * The '<em><b>SEV ES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEV_ES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SEV_ES_VALUE = 3;

	/**
	 * The '<em><b>SNP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SNP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SNP_VALUE = 4;

	/**
	 * The '<em><b>TDX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TDX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TDX_VALUE = 5;

	/**
	 * An array of all the '<em><b>Vm Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final VmType[] VALUES_ARRAY = new VmType[] { DEFAULT, SW_PROTECTED, SEV, SEV_ES, SNP, TDX, };

	/**
	 * A public read-only list of all the '<em><b>Vm Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<VmType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Vm Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VmType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VmType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Vm Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VmType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VmType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Vm Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VmType get(int value) {
		switch (value) {
		case DEFAULT_VALUE:
			return DEFAULT;
		case SW_PROTECTED_VALUE:
			return SW_PROTECTED;
		case SEV_VALUE:
			return SEV;
		case SEV_ES_VALUE:
			return SEV_ES;
		case SNP_VALUE:
			return SNP;
		case TDX_VALUE:
			return TDX;
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
	private VmType(int value, String name, String literal) {
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

} //VmType
