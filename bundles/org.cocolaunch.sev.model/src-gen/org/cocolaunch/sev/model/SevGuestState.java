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
 * A representation of the literals of the enumeration '<em><b>Guest State</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * SEV/SEV-ES firmware guest state (GSTATE, as returned by KVM_SEV_GUEST_STATUS).
 * <!-- end-model-doc -->
 * @see org.cocolaunch.sev.model.SevPackage#getSevGuestState()
 * @model
 * @generated
 */
public enum SevGuestState implements Enumerator {
	/**
	 * The '<em><b>UNINIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNINIT_VALUE
	 * @generated
	 * @ordered
	 */
	UNINIT(0, "UNINIT", "UNINIT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LUPDATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LUPDATE_VALUE
	 * @generated
	 * @ordered
	 */
	LUPDATE(1, "LUPDATE", "LUPDATE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LSECRET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LSECRET_VALUE
	 * @generated
	 * @ordered
	 */
	LSECRET(2, "LSECRET", "LSECRET"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RUNNING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RUNNING_VALUE
	 * @generated
	 * @ordered
	 */
	RUNNING(3, "RUNNING", "RUNNING"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SUPDATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPDATE_VALUE
	 * @generated
	 * @ordered
	 */
	SUPDATE(4, "SUPDATE", "SUPDATE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RUPDATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RUPDATE_VALUE
	 * @generated
	 * @ordered
	 */
	RUPDATE(5, "RUPDATE", "RUPDATE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENT_VALUE
	 * @generated
	 * @ordered
	 */
	SENT(6, "SENT", "SENT"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>UNINIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNINIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNINIT_VALUE = 0;

	/**
	 * The '<em><b>LUPDATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LUPDATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LUPDATE_VALUE = 1;

	/**
	 * The '<em><b>LSECRET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LSECRET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LSECRET_VALUE = 2;

	/**
	 * The '<em><b>RUNNING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RUNNING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RUNNING_VALUE = 3;

	/**
	 * The '<em><b>SUPDATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPDATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUPDATE_VALUE = 4;

	/**
	 * The '<em><b>RUPDATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RUPDATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RUPDATE_VALUE = 5;

	/**
	 * The '<em><b>SENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SENT_VALUE = 6;

	/**
	 * An array of all the '<em><b>Guest State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SevGuestState[] VALUES_ARRAY = new SevGuestState[] { UNINIT, LUPDATE, LSECRET, RUNNING,
			SUPDATE, RUPDATE, SENT, };

	/**
	 * A public read-only list of all the '<em><b>Guest State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SevGuestState> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Guest State</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SevGuestState get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SevGuestState result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Guest State</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SevGuestState getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SevGuestState result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Guest State</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SevGuestState get(int value) {
		switch (value) {
		case UNINIT_VALUE:
			return UNINIT;
		case LUPDATE_VALUE:
			return LUPDATE;
		case LSECRET_VALUE:
			return LSECRET;
		case RUNNING_VALUE:
			return RUNNING;
		case SUPDATE_VALUE:
			return SUPDATE;
		case RUPDATE_VALUE:
			return RUPDATE;
		case SENT_VALUE:
			return SENT;
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
	private SevGuestState(int value, String name, String literal) {
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

} //SevGuestState
