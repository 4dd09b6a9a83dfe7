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
 * A representation of the literals of the enumeration '<em><b>Td Lifecycle State</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * TDR.LIFECYCLE_STATE of a TD.
 * <!-- end-model-doc -->
 * @see org.cocolaunch.tdx.model.TdxPackage#getTdLifecycleState()
 * @model
 * @generated
 */
public enum TdLifecycleState implements Enumerator {
	/**
	 * The '<em><b>HKID ASSIGNED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After TDH.MNG.CREATE.
	 * <!-- end-model-doc -->
	 * @see #HKID_ASSIGNED_VALUE
	 * @generated
	 * @ordered
	 */
	HKID_ASSIGNED(0, "HKID_ASSIGNED", "HKID_ASSIGNED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KEYS CONFIGURED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After TDH.MNG.KEY.CONFIG on every package.
	 * <!-- end-model-doc -->
	 * @see #KEYS_CONFIGURED_VALUE
	 * @generated
	 * @ordered
	 */
	KEYS_CONFIGURED(1, "KEYS_CONFIGURED", "KEYS_CONFIGURED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>BLOCKED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After TDH.MNG.VPFLUSHDONE (teardown started).
	 * <!-- end-model-doc -->
	 * @see #BLOCKED_VALUE
	 * @generated
	 * @ordered
	 */
	BLOCKED(2, "BLOCKED", "BLOCKED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TEARDOWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After TDH.MNG.KEY.FREEID.
	 * <!-- end-model-doc -->
	 * @see #TEARDOWN_VALUE
	 * @generated
	 * @ordered
	 */
	TEARDOWN(3, "TEARDOWN", "TEARDOWN"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>HKID ASSIGNED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After TDH.MNG.CREATE.
	 * <!-- end-model-doc -->
	 * @see #HKID_ASSIGNED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HKID_ASSIGNED_VALUE = 0;

	/**
	 * The '<em><b>KEYS CONFIGURED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After TDH.MNG.KEY.CONFIG on every package.
	 * <!-- end-model-doc -->
	 * @see #KEYS_CONFIGURED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KEYS_CONFIGURED_VALUE = 1;

	/**
	 * The '<em><b>BLOCKED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After TDH.MNG.VPFLUSHDONE (teardown started).
	 * <!-- end-model-doc -->
	 * @see #BLOCKED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BLOCKED_VALUE = 2;

	/**
	 * The '<em><b>TEARDOWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After TDH.MNG.KEY.FREEID.
	 * <!-- end-model-doc -->
	 * @see #TEARDOWN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TEARDOWN_VALUE = 3;

	/**
	 * An array of all the '<em><b>Td Lifecycle State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TdLifecycleState[] VALUES_ARRAY = new TdLifecycleState[] { HKID_ASSIGNED, KEYS_CONFIGURED,
			BLOCKED, TEARDOWN, };

	/**
	 * A public read-only list of all the '<em><b>Td Lifecycle State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TdLifecycleState> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Td Lifecycle State</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TdLifecycleState get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TdLifecycleState result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Td Lifecycle State</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TdLifecycleState getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TdLifecycleState result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Td Lifecycle State</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TdLifecycleState get(int value) {
		switch (value) {
		case HKID_ASSIGNED_VALUE:
			return HKID_ASSIGNED;
		case KEYS_CONFIGURED_VALUE:
			return KEYS_CONFIGURED;
		case BLOCKED_VALUE:
			return BLOCKED;
		case TEARDOWN_VALUE:
			return TEARDOWN;
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
	private TdLifecycleState(int value, String name, String literal) {
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

} //TdLifecycleState
