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
 * A representation of the literals of the enumeration '<em><b>Page Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kind of a guest page range (how it is added and measured).
 * <!-- end-model-doc -->
 * @see org.cocolaunch.model.ModelPackage#getPageKind()
 * @model
 * @generated
 */
public enum PageKind implements Enumerator {
	/**
	 * The '<em><b>NORMAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NORMAL_VALUE
	 * @generated
	 * @ordered
	 */
	NORMAL(0, "NORMAL", "NORMAL"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ZERO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZERO_VALUE
	 * @generated
	 * @ordered
	 */
	ZERO(1, "ZERO", "ZERO"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>UNMEASURED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNMEASURED_VALUE
	 * @generated
	 * @ordered
	 */
	UNMEASURED(2, "UNMEASURED", "UNMEASURED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SECRETS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECRETS_VALUE
	 * @generated
	 * @ordered
	 */
	SECRETS(3, "SECRETS", "SECRETS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CPUID</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CPUID_VALUE
	 * @generated
	 * @ordered
	 */
	CPUID(4, "CPUID", "CPUID"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>VMSA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VMSA_VALUE
	 * @generated
	 * @ordered
	 */
	VMSA(5, "VMSA", "VMSA"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>AUG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUG_VALUE
	 * @generated
	 * @ordered
	 */
	AUG(6, "AUG", "AUG"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SHARED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARED_VALUE
	 * @generated
	 * @ordered
	 */
	SHARED(7, "SHARED", "SHARED"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NORMAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NORMAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NORMAL_VALUE = 0;

	/**
	 * The '<em><b>ZERO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZERO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ZERO_VALUE = 1;

	/**
	 * The '<em><b>UNMEASURED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNMEASURED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNMEASURED_VALUE = 2;

	/**
	 * The '<em><b>SECRETS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECRETS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECRETS_VALUE = 3;

	/**
	 * The '<em><b>CPUID</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CPUID
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CPUID_VALUE = 4;

	/**
	 * The '<em><b>VMSA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VMSA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VMSA_VALUE = 5;

	/**
	 * The '<em><b>AUG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AUG_VALUE = 6;

	/**
	 * The '<em><b>SHARED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SHARED_VALUE = 7;

	/**
	 * An array of all the '<em><b>Page Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PageKind[] VALUES_ARRAY = new PageKind[] { NORMAL, ZERO, UNMEASURED, SECRETS, CPUID, VMSA, AUG,
			SHARED, };

	/**
	 * A public read-only list of all the '<em><b>Page Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PageKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Page Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PageKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PageKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Page Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PageKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PageKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Page Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PageKind get(int value) {
		switch (value) {
		case NORMAL_VALUE:
			return NORMAL;
		case ZERO_VALUE:
			return ZERO;
		case UNMEASURED_VALUE:
			return UNMEASURED;
		case SECRETS_VALUE:
			return SECRETS;
		case CPUID_VALUE:
			return CPUID;
		case VMSA_VALUE:
			return VMSA;
		case AUG_VALUE:
			return AUG;
		case SHARED_VALUE:
			return SHARED;
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
	private PageKind(int value, String name, String literal) {
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

} //PageKind
