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
 * A representation of the literals of the enumeration '<em><b>Td Op State</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * TDCS.OP_STATE of a TD, as the TDX module keeps it.
 * <!-- end-model-doc -->
 * @see org.cocolaunch.tdx.model.TdxPackage#getTdOpState()
 * @model
 * @generated
 */
public enum TdOpState implements Enumerator {
	/**
	 * The '<em><b>UNINITIALIZED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Created, TDH.MNG.INIT not yet done.
	 * <!-- end-model-doc -->
	 * @see #UNINITIALIZED_VALUE
	 * @generated
	 * @ordered
	 */
	UNINITIALIZED(0, "UNINITIALIZED", "UNINITIALIZED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INITIALIZED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After TDH.MNG.INIT: vCPUs and pages may be added.
	 * <!-- end-model-doc -->
	 * @see #INITIALIZED_VALUE
	 * @generated
	 * @ordered
	 */
	INITIALIZED(1, "INITIALIZED", "INITIALIZED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RUNNABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After TDH.MR.FINALIZE: MRTD is fixed and vCPUs may enter.
	 * <!-- end-model-doc -->
	 * @see #RUNNABLE_VALUE
	 * @generated
	 * @ordered
	 */
	RUNNABLE(2, "RUNNABLE", "RUNNABLE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LIVE EXPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Live export.
	 * <!-- end-model-doc -->
	 * @see #LIVE_EXPORT_VALUE
	 * @generated
	 * @ordered
	 */
	LIVE_EXPORT(3, "LIVE_EXPORT", "LIVE_EXPORT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PAUSED EXPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Paused export.
	 * <!-- end-model-doc -->
	 * @see #PAUSED_EXPORT_VALUE
	 * @generated
	 * @ordered
	 */
	PAUSED_EXPORT(4, "PAUSED_EXPORT", "PAUSED_EXPORT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>POST EXPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Post export.
	 * <!-- end-model-doc -->
	 * @see #POST_EXPORT_VALUE
	 * @generated
	 * @ordered
	 */
	POST_EXPORT(5, "POST_EXPORT", "POST_EXPORT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MEMORY IMPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Memory import.
	 * <!-- end-model-doc -->
	 * @see #MEMORY_IMPORT_VALUE
	 * @generated
	 * @ordered
	 */
	MEMORY_IMPORT(6, "MEMORY_IMPORT", "MEMORY_IMPORT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>STATE IMPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * State import.
	 * <!-- end-model-doc -->
	 * @see #STATE_IMPORT_VALUE
	 * @generated
	 * @ordered
	 */
	STATE_IMPORT(7, "STATE_IMPORT", "STATE_IMPORT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>POST IMPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Post import.
	 * <!-- end-model-doc -->
	 * @see #POST_IMPORT_VALUE
	 * @generated
	 * @ordered
	 */
	POST_IMPORT(8, "POST_IMPORT", "POST_IMPORT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LIVE IMPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Live import.
	 * <!-- end-model-doc -->
	 * @see #LIVE_IMPORT_VALUE
	 * @generated
	 * @ordered
	 */
	LIVE_IMPORT(9, "LIVE_IMPORT", "LIVE_IMPORT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FAILED IMPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Failed import.
	 * <!-- end-model-doc -->
	 * @see #FAILED_IMPORT_VALUE
	 * @generated
	 * @ordered
	 */
	FAILED_IMPORT(10, "FAILED_IMPORT", "FAILED_IMPORT"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>UNINITIALIZED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Created, TDH.MNG.INIT not yet done.
	 * <!-- end-model-doc -->
	 * @see #UNINITIALIZED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNINITIALIZED_VALUE = 0;

	/**
	 * The '<em><b>INITIALIZED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After TDH.MNG.INIT: vCPUs and pages may be added.
	 * <!-- end-model-doc -->
	 * @see #INITIALIZED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INITIALIZED_VALUE = 1;

	/**
	 * The '<em><b>RUNNABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After TDH.MR.FINALIZE: MRTD is fixed and vCPUs may enter.
	 * <!-- end-model-doc -->
	 * @see #RUNNABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RUNNABLE_VALUE = 2;

	/**
	 * The '<em><b>LIVE EXPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Live export.
	 * <!-- end-model-doc -->
	 * @see #LIVE_EXPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LIVE_EXPORT_VALUE = 3;

	/**
	 * The '<em><b>PAUSED EXPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Paused export.
	 * <!-- end-model-doc -->
	 * @see #PAUSED_EXPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PAUSED_EXPORT_VALUE = 4;

	/**
	 * The '<em><b>POST EXPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Post export.
	 * <!-- end-model-doc -->
	 * @see #POST_EXPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POST_EXPORT_VALUE = 5;

	/**
	 * The '<em><b>MEMORY IMPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Memory import.
	 * <!-- end-model-doc -->
	 * @see #MEMORY_IMPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MEMORY_IMPORT_VALUE = 6;

	/**
	 * The '<em><b>STATE IMPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * State import.
	 * <!-- end-model-doc -->
	 * @see #STATE_IMPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STATE_IMPORT_VALUE = 7;

	/**
	 * The '<em><b>POST IMPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Post import.
	 * <!-- end-model-doc -->
	 * @see #POST_IMPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POST_IMPORT_VALUE = 8;

	/**
	 * The '<em><b>LIVE IMPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Live import.
	 * <!-- end-model-doc -->
	 * @see #LIVE_IMPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LIVE_IMPORT_VALUE = 9;

	/**
	 * The '<em><b>FAILED IMPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Failed import.
	 * <!-- end-model-doc -->
	 * @see #FAILED_IMPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FAILED_IMPORT_VALUE = 10;

	/**
	 * An array of all the '<em><b>Td Op State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TdOpState[] VALUES_ARRAY = new TdOpState[] { UNINITIALIZED, INITIALIZED, RUNNABLE, LIVE_EXPORT,
			PAUSED_EXPORT, POST_EXPORT, MEMORY_IMPORT, STATE_IMPORT, POST_IMPORT, LIVE_IMPORT, FAILED_IMPORT, };

	/**
	 * A public read-only list of all the '<em><b>Td Op State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TdOpState> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Td Op State</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TdOpState get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TdOpState result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Td Op State</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TdOpState getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TdOpState result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Td Op State</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TdOpState get(int value) {
		switch (value) {
		case UNINITIALIZED_VALUE:
			return UNINITIALIZED;
		case INITIALIZED_VALUE:
			return INITIALIZED;
		case RUNNABLE_VALUE:
			return RUNNABLE;
		case LIVE_EXPORT_VALUE:
			return LIVE_EXPORT;
		case PAUSED_EXPORT_VALUE:
			return PAUSED_EXPORT;
		case POST_EXPORT_VALUE:
			return POST_EXPORT;
		case MEMORY_IMPORT_VALUE:
			return MEMORY_IMPORT;
		case STATE_IMPORT_VALUE:
			return STATE_IMPORT;
		case POST_IMPORT_VALUE:
			return POST_IMPORT;
		case LIVE_IMPORT_VALUE:
			return LIVE_IMPORT;
		case FAILED_IMPORT_VALUE:
			return FAILED_IMPORT;
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
	private TdOpState(int value, String name, String literal) {
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

} //TdOpState
