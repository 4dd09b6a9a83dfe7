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
 * A representation of the literals of the enumeration '<em><b>Kvm Exit Reason</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The decoded kinds of KVM_RUN exits; OTHER keeps the raw number in exitReason.
 * <!-- end-model-doc -->
 * @see org.cocolaunch.model.ModelPackage#getKvmExitReason()
 * @model
 * @generated
 */
public enum KvmExitReason implements Enumerator {
	/**
	 * The '<em><b>IO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IO_VALUE
	 * @generated
	 * @ordered
	 */
	IO(0, "IO", "IO"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MMIO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MMIO_VALUE
	 * @generated
	 * @ordered
	 */
	MMIO(1, "MMIO", "MMIO"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>HLT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HLT_VALUE
	 * @generated
	 * @ordered
	 */
	HLT(2, "HLT", "HLT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SHUTDOWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHUTDOWN_VALUE
	 * @generated
	 * @ordered
	 */
	SHUTDOWN(3, "SHUTDOWN", "SHUTDOWN"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INTERNAL ERROR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNAL_ERROR_VALUE
	 * @generated
	 * @ordered
	 */
	INTERNAL_ERROR(4, "INTERNAL_ERROR", "INTERNAL_ERROR"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FAIL ENTRY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAIL_ENTRY_VALUE
	 * @generated
	 * @ordered
	 */
	FAIL_ENTRY(5, "FAIL_ENTRY", "FAIL_ENTRY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(6, "OTHER", "OTHER"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>IO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IO_VALUE = 0;

	/**
	 * The '<em><b>MMIO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MMIO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MMIO_VALUE = 1;

	/**
	 * The '<em><b>HLT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HLT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HLT_VALUE = 2;

	/**
	 * The '<em><b>SHUTDOWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHUTDOWN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SHUTDOWN_VALUE = 3;

	/**
	 * The '<em><b>INTERNAL ERROR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNAL_ERROR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERNAL_ERROR_VALUE = 4;

	/**
	 * The '<em><b>FAIL ENTRY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAIL_ENTRY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FAIL_ENTRY_VALUE = 5;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 6;

	/**
	 * An array of all the '<em><b>Kvm Exit Reason</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final KvmExitReason[] VALUES_ARRAY = new KvmExitReason[] { IO, MMIO, HLT, SHUTDOWN, INTERNAL_ERROR,
			FAIL_ENTRY, OTHER, };

	/**
	 * A public read-only list of all the '<em><b>Kvm Exit Reason</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<KvmExitReason> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Kvm Exit Reason</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static KvmExitReason get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			KvmExitReason result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kvm Exit Reason</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static KvmExitReason getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			KvmExitReason result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kvm Exit Reason</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static KvmExitReason get(int value) {
		switch (value) {
		case IO_VALUE:
			return IO;
		case MMIO_VALUE:
			return MMIO;
		case HLT_VALUE:
			return HLT;
		case SHUTDOWN_VALUE:
			return SHUTDOWN;
		case INTERNAL_ERROR_VALUE:
			return INTERNAL_ERROR;
		case FAIL_ENTRY_VALUE:
			return FAIL_ENTRY;
		case OTHER_VALUE:
			return OTHER;
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
	private KvmExitReason(int value, String name, String literal) {
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

} //KvmExitReason
