/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Tdvf Section Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Type of a TDVF metadata section.
 * <!-- end-model-doc -->
 * @see org.cocolaunch.tdx.model.TdxPackage#getTdvfSectionKind()
 * @model
 * @generated
 */
public enum TdvfSectionKind implements Enumerator {
	/**
	 * The '<em><b>BFV</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Boot firmware volume (code).
	 * <!-- end-model-doc -->
	 * @see #BFV_VALUE
	 * @generated
	 * @ordered
	 */
	BFV(0, "BFV", "BFV"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CFV</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Configuration firmware volume (variables).
	 * <!-- end-model-doc -->
	 * @see #CFV_VALUE
	 * @generated
	 * @ordered
	 */
	CFV(1, "CFV", "CFV"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TD HOB</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TD HOB built by the VMM.
	 * <!-- end-model-doc -->
	 * @see #TD_HOB_VALUE
	 * @generated
	 * @ordered
	 */
	TD_HOB(2, "TD_HOB", "TD_HOB"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TEMP MEM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Temporary memory.
	 * <!-- end-model-doc -->
	 * @see #TEMP_MEM_VALUE
	 * @generated
	 * @ordered
	 */
	TEMP_MEM(3, "TEMP_MEM", "TEMP_MEM"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PERM MEM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Permanent memory (PAGE.AUG).
	 * <!-- end-model-doc -->
	 * @see #PERM_MEM_VALUE
	 * @generated
	 * @ordered
	 */
	PERM_MEM(4, "PERM_MEM", "PERM_MEM"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PAYLOAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Payload (td-shim).
	 * <!-- end-model-doc -->
	 * @see #PAYLOAD_VALUE
	 * @generated
	 * @ordered
	 */
	PAYLOAD(5, "PAYLOAD", "PAYLOAD"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PAYLOAD PARAM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Payload parameters (td-shim).
	 * <!-- end-model-doc -->
	 * @see #PAYLOAD_PARAM_VALUE
	 * @generated
	 * @ordered
	 */
	PAYLOAD_PARAM(6, "PAYLOAD_PARAM", "PAYLOAD_PARAM"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TD INFO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TD_INFO (td-shim).
	 * <!-- end-model-doc -->
	 * @see #TD_INFO_VALUE
	 * @generated
	 * @ordered
	 */
	TD_INFO(7, "TD_INFO", "TD_INFO"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TD PARAMS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TD_PARAMS (td-shim).
	 * <!-- end-model-doc -->
	 * @see #TD_PARAMS_VALUE
	 * @generated
	 * @ordered
	 */
	TD_PARAMS(8, "TD_PARAMS", "TD_PARAMS"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>BFV</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Boot firmware volume (code).
	 * <!-- end-model-doc -->
	 * @see #BFV
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BFV_VALUE = 0;

	/**
	 * The '<em><b>CFV</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Configuration firmware volume (variables).
	 * <!-- end-model-doc -->
	 * @see #CFV
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CFV_VALUE = 1;

	/**
	 * The '<em><b>TD HOB</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TD HOB built by the VMM.
	 * <!-- end-model-doc -->
	 * @see #TD_HOB
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TD_HOB_VALUE = 2;

	/**
	 * The '<em><b>TEMP MEM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Temporary memory.
	 * <!-- end-model-doc -->
	 * @see #TEMP_MEM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TEMP_MEM_VALUE = 3;

	/**
	 * The '<em><b>PERM MEM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Permanent memory (PAGE.AUG).
	 * <!-- end-model-doc -->
	 * @see #PERM_MEM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PERM_MEM_VALUE = 4;

	/**
	 * The '<em><b>PAYLOAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Payload (td-shim).
	 * <!-- end-model-doc -->
	 * @see #PAYLOAD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PAYLOAD_VALUE = 5;

	/**
	 * The '<em><b>PAYLOAD PARAM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Payload parameters (td-shim).
	 * <!-- end-model-doc -->
	 * @see #PAYLOAD_PARAM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PAYLOAD_PARAM_VALUE = 6;

	/**
	 * The '<em><b>TD INFO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TD_INFO (td-shim).
	 * <!-- end-model-doc -->
	 * @see #TD_INFO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TD_INFO_VALUE = 7;

	/**
	 * The '<em><b>TD PARAMS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TD_PARAMS (td-shim).
	 * <!-- end-model-doc -->
	 * @see #TD_PARAMS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TD_PARAMS_VALUE = 8;

	/**
	 * An array of all the '<em><b>Tdvf Section Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TdvfSectionKind[] VALUES_ARRAY = new TdvfSectionKind[] { BFV, CFV, TD_HOB, TEMP_MEM, PERM_MEM,
			PAYLOAD, PAYLOAD_PARAM, TD_INFO, TD_PARAMS, };

	/**
	 * A public read-only list of all the '<em><b>Tdvf Section Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TdvfSectionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Tdvf Section Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TdvfSectionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TdvfSectionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Tdvf Section Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TdvfSectionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TdvfSectionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Tdvf Section Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TdvfSectionKind get(int value) {
		switch (value) {
		case BFV_VALUE:
			return BFV;
		case CFV_VALUE:
			return CFV;
		case TD_HOB_VALUE:
			return TD_HOB;
		case TEMP_MEM_VALUE:
			return TEMP_MEM;
		case PERM_MEM_VALUE:
			return PERM_MEM;
		case PAYLOAD_VALUE:
			return PAYLOAD;
		case PAYLOAD_PARAM_VALUE:
			return PAYLOAD_PARAM;
		case TD_INFO_VALUE:
			return TD_INFO;
		case TD_PARAMS_VALUE:
			return TD_PARAMS;
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
	private TdvfSectionKind(int value, String name, String literal) {
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

} //TdvfSectionKind
