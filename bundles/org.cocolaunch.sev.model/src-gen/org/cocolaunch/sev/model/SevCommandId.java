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
 * A representation of the literals of the enumeration '<em><b>Command Id</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * KVM_MEMORY_ENCRYPT_OP sub-command ids (enum sev_cmd_id in the kernel UAPI kvm.h).
 * <!-- end-model-doc -->
 * @see org.cocolaunch.sev.model.SevPackage#getSevCommandId()
 * @model
 * @generated
 */
public enum SevCommandId implements Enumerator {
	/**
	 * The '<em><b>KVM SEV INIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_INIT_VALUE
	 * @generated
	 * @ordered
	 */
	KVM_SEV_INIT(0, "KVM_SEV_INIT", "KVM_SEV_INIT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KVM SEV ES INIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_ES_INIT_VALUE
	 * @generated
	 * @ordered
	 */
	KVM_SEV_ES_INIT(1, "KVM_SEV_ES_INIT", "KVM_SEV_ES_INIT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KVM SEV LAUNCH START</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_LAUNCH_START_VALUE
	 * @generated
	 * @ordered
	 */
	KVM_SEV_LAUNCH_START(2, "KVM_SEV_LAUNCH_START", "KVM_SEV_LAUNCH_START"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KVM SEV LAUNCH UPDATE DATA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_LAUNCH_UPDATE_DATA_VALUE
	 * @generated
	 * @ordered
	 */
	KVM_SEV_LAUNCH_UPDATE_DATA(3, "KVM_SEV_LAUNCH_UPDATE_DATA", "KVM_SEV_LAUNCH_UPDATE_DATA"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KVM SEV LAUNCH UPDATE VMSA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_LAUNCH_UPDATE_VMSA_VALUE
	 * @generated
	 * @ordered
	 */
	KVM_SEV_LAUNCH_UPDATE_VMSA(4, "KVM_SEV_LAUNCH_UPDATE_VMSA", "KVM_SEV_LAUNCH_UPDATE_VMSA"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KVM SEV LAUNCH SECRET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_LAUNCH_SECRET_VALUE
	 * @generated
	 * @ordered
	 */
	KVM_SEV_LAUNCH_SECRET(5, "KVM_SEV_LAUNCH_SECRET", "KVM_SEV_LAUNCH_SECRET"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KVM SEV LAUNCH MEASURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_LAUNCH_MEASURE_VALUE
	 * @generated
	 * @ordered
	 */
	KVM_SEV_LAUNCH_MEASURE(6, "KVM_SEV_LAUNCH_MEASURE", "KVM_SEV_LAUNCH_MEASURE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KVM SEV LAUNCH FINISH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_LAUNCH_FINISH_VALUE
	 * @generated
	 * @ordered
	 */
	KVM_SEV_LAUNCH_FINISH(7, "KVM_SEV_LAUNCH_FINISH", "KVM_SEV_LAUNCH_FINISH"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KVM SEV SEND START</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_SEND_START_VALUE
	 * @generated
	 * @ordered
	 */
	KVM_SEV_SEND_START(8, "KVM_SEV_SEND_START", "KVM_SEV_SEND_START"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KVM SEV SEND UPDATE DATA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_SEND_UPDATE_DATA_VALUE
	 * @generated
	 * @ordered
	 */
	KVM_SEV_SEND_UPDATE_DATA(9, "KVM_SEV_SEND_UPDATE_DATA", "KVM_SEV_SEND_UPDATE_DATA"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KVM SEV SEND UPDATE VMSA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_SEND_UPDATE_VMSA_VALUE
	 * @generated
	 * @ordered
	 */
	KVM_SEV_SEND_UPDATE_VMSA(10, "KVM_SEV_SEND_UPDATE_VMSA", "KVM_SEV_SEND_UPDATE_VMSA"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KVM SEV SEND FINISH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_SEND_FINISH_VALUE
	 * @generated
	 * @ordered
	 */
	KVM_SEV_SEND_FINISH(11, "KVM_SEV_SEND_FINISH", "KVM_SEV_SEND_FINISH"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KVM SEV RECEIVE START</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_RECEIVE_START_VALUE
	 * @generated
	 * @ordered
	 */
	KVM_SEV_RECEIVE_START(12, "KVM_SEV_RECEIVE_START", "KVM_SEV_RECEIVE_START"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KVM SEV RECEIVE UPDATE DATA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_RECEIVE_UPDATE_DATA_VALUE
	 * @generated
	 * @ordered
	 */
	KVM_SEV_RECEIVE_UPDATE_DATA(13, "KVM_SEV_RECEIVE_UPDATE_DATA", "KVM_SEV_RECEIVE_UPDATE_DATA"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KVM SEV RECEIVE UPDATE VMSA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_RECEIVE_UPDATE_VMSA_VALUE
	 * @generated
	 * @ordered
	 */
	KVM_SEV_RECEIVE_UPDATE_VMSA(14, "KVM_SEV_RECEIVE_UPDATE_VMSA", "KVM_SEV_RECEIVE_UPDATE_VMSA"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KVM SEV RECEIVE FINISH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_RECEIVE_FINISH_VALUE
	 * @generated
	 * @ordered
	 */
	KVM_SEV_RECEIVE_FINISH(15, "KVM_SEV_RECEIVE_FINISH", "KVM_SEV_RECEIVE_FINISH"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KVM SEV GUEST STATUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_GUEST_STATUS_VALUE
	 * @generated
	 * @ordered
	 */
	KVM_SEV_GUEST_STATUS(16, "KVM_SEV_GUEST_STATUS", "KVM_SEV_GUEST_STATUS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KVM SEV DBG DECRYPT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_DBG_DECRYPT_VALUE
	 * @generated
	 * @ordered
	 */
	KVM_SEV_DBG_DECRYPT(17, "KVM_SEV_DBG_DECRYPT", "KVM_SEV_DBG_DECRYPT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KVM SEV DBG ENCRYPT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_DBG_ENCRYPT_VALUE
	 * @generated
	 * @ordered
	 */
	KVM_SEV_DBG_ENCRYPT(18, "KVM_SEV_DBG_ENCRYPT", "KVM_SEV_DBG_ENCRYPT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KVM SEV CERT EXPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_CERT_EXPORT_VALUE
	 * @generated
	 * @ordered
	 */
	KVM_SEV_CERT_EXPORT(19, "KVM_SEV_CERT_EXPORT", "KVM_SEV_CERT_EXPORT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KVM SEV GET ATTESTATION REPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_GET_ATTESTATION_REPORT_VALUE
	 * @generated
	 * @ordered
	 */
	KVM_SEV_GET_ATTESTATION_REPORT(20, "KVM_SEV_GET_ATTESTATION_REPORT", "KVM_SEV_GET_ATTESTATION_REPORT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KVM SEV SEND CANCEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_SEND_CANCEL_VALUE
	 * @generated
	 * @ordered
	 */
	KVM_SEV_SEND_CANCEL(21, "KVM_SEV_SEND_CANCEL", "KVM_SEV_SEND_CANCEL"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KVM SEV INIT2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_INIT2_VALUE
	 * @generated
	 * @ordered
	 */
	KVM_SEV_INIT2(22, "KVM_SEV_INIT2", "KVM_SEV_INIT2"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KVM SEV SNP LAUNCH START</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_SNP_LAUNCH_START_VALUE
	 * @generated
	 * @ordered
	 */
	KVM_SEV_SNP_LAUNCH_START(100, "KVM_SEV_SNP_LAUNCH_START", "KVM_SEV_SNP_LAUNCH_START"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KVM SEV SNP LAUNCH UPDATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_SNP_LAUNCH_UPDATE_VALUE
	 * @generated
	 * @ordered
	 */
	KVM_SEV_SNP_LAUNCH_UPDATE(101, "KVM_SEV_SNP_LAUNCH_UPDATE", "KVM_SEV_SNP_LAUNCH_UPDATE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KVM SEV SNP LAUNCH FINISH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_SNP_LAUNCH_FINISH_VALUE
	 * @generated
	 * @ordered
	 */
	KVM_SEV_SNP_LAUNCH_FINISH(102, "KVM_SEV_SNP_LAUNCH_FINISH", "KVM_SEV_SNP_LAUNCH_FINISH"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KVM SEV INIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_INIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KVM_SEV_INIT_VALUE = 0;

	/**
	 * The '<em><b>KVM SEV ES INIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_ES_INIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KVM_SEV_ES_INIT_VALUE = 1;

	/**
	 * The '<em><b>KVM SEV LAUNCH START</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_LAUNCH_START
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KVM_SEV_LAUNCH_START_VALUE = 2;

	/**
	 * The '<em><b>KVM SEV LAUNCH UPDATE DATA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_LAUNCH_UPDATE_DATA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KVM_SEV_LAUNCH_UPDATE_DATA_VALUE = 3;

	/**
	 * The '<em><b>KVM SEV LAUNCH UPDATE VMSA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_LAUNCH_UPDATE_VMSA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KVM_SEV_LAUNCH_UPDATE_VMSA_VALUE = 4;

	/**
	 * The '<em><b>KVM SEV LAUNCH SECRET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_LAUNCH_SECRET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KVM_SEV_LAUNCH_SECRET_VALUE = 5;

	/**
	 * The '<em><b>KVM SEV LAUNCH MEASURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_LAUNCH_MEASURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KVM_SEV_LAUNCH_MEASURE_VALUE = 6;

	/**
	 * The '<em><b>KVM SEV LAUNCH FINISH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_LAUNCH_FINISH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KVM_SEV_LAUNCH_FINISH_VALUE = 7;

	/**
	 * The '<em><b>KVM SEV SEND START</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_SEND_START
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KVM_SEV_SEND_START_VALUE = 8;

	/**
	 * The '<em><b>KVM SEV SEND UPDATE DATA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_SEND_UPDATE_DATA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KVM_SEV_SEND_UPDATE_DATA_VALUE = 9;

	/**
	 * The '<em><b>KVM SEV SEND UPDATE VMSA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_SEND_UPDATE_VMSA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KVM_SEV_SEND_UPDATE_VMSA_VALUE = 10;

	/**
	 * The '<em><b>KVM SEV SEND FINISH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_SEND_FINISH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KVM_SEV_SEND_FINISH_VALUE = 11;

	/**
	 * The '<em><b>KVM SEV RECEIVE START</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_RECEIVE_START
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KVM_SEV_RECEIVE_START_VALUE = 12;

	/**
	 * The '<em><b>KVM SEV RECEIVE UPDATE DATA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_RECEIVE_UPDATE_DATA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KVM_SEV_RECEIVE_UPDATE_DATA_VALUE = 13;

	/**
	 * The '<em><b>KVM SEV RECEIVE UPDATE VMSA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_RECEIVE_UPDATE_VMSA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KVM_SEV_RECEIVE_UPDATE_VMSA_VALUE = 14;

	/**
	 * The '<em><b>KVM SEV RECEIVE FINISH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_RECEIVE_FINISH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KVM_SEV_RECEIVE_FINISH_VALUE = 15;

	/**
	 * The '<em><b>KVM SEV GUEST STATUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_GUEST_STATUS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KVM_SEV_GUEST_STATUS_VALUE = 16;

	/**
	 * The '<em><b>KVM SEV DBG DECRYPT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_DBG_DECRYPT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KVM_SEV_DBG_DECRYPT_VALUE = 17;

	/**
	 * The '<em><b>KVM SEV DBG ENCRYPT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_DBG_ENCRYPT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KVM_SEV_DBG_ENCRYPT_VALUE = 18;

	/**
	 * The '<em><b>KVM SEV CERT EXPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_CERT_EXPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KVM_SEV_CERT_EXPORT_VALUE = 19;

	/**
	 * The '<em><b>KVM SEV GET ATTESTATION REPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_GET_ATTESTATION_REPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KVM_SEV_GET_ATTESTATION_REPORT_VALUE = 20;

	/**
	 * The '<em><b>KVM SEV SEND CANCEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_SEND_CANCEL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KVM_SEV_SEND_CANCEL_VALUE = 21;

	/**
	 * The '<em><b>KVM SEV INIT2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_INIT2
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KVM_SEV_INIT2_VALUE = 22;

	/**
	 * The '<em><b>KVM SEV SNP LAUNCH START</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_SNP_LAUNCH_START
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KVM_SEV_SNP_LAUNCH_START_VALUE = 100;

	/**
	 * The '<em><b>KVM SEV SNP LAUNCH UPDATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_SNP_LAUNCH_UPDATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KVM_SEV_SNP_LAUNCH_UPDATE_VALUE = 101;

	/**
	 * The '<em><b>KVM SEV SNP LAUNCH FINISH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_SEV_SNP_LAUNCH_FINISH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KVM_SEV_SNP_LAUNCH_FINISH_VALUE = 102;

	/**
	 * An array of all the '<em><b>Command Id</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SevCommandId[] VALUES_ARRAY = new SevCommandId[] { KVM_SEV_INIT, KVM_SEV_ES_INIT,
			KVM_SEV_LAUNCH_START, KVM_SEV_LAUNCH_UPDATE_DATA, KVM_SEV_LAUNCH_UPDATE_VMSA, KVM_SEV_LAUNCH_SECRET,
			KVM_SEV_LAUNCH_MEASURE, KVM_SEV_LAUNCH_FINISH, KVM_SEV_SEND_START, KVM_SEV_SEND_UPDATE_DATA,
			KVM_SEV_SEND_UPDATE_VMSA, KVM_SEV_SEND_FINISH, KVM_SEV_RECEIVE_START, KVM_SEV_RECEIVE_UPDATE_DATA,
			KVM_SEV_RECEIVE_UPDATE_VMSA, KVM_SEV_RECEIVE_FINISH, KVM_SEV_GUEST_STATUS, KVM_SEV_DBG_DECRYPT,
			KVM_SEV_DBG_ENCRYPT, KVM_SEV_CERT_EXPORT, KVM_SEV_GET_ATTESTATION_REPORT, KVM_SEV_SEND_CANCEL,
			KVM_SEV_INIT2, KVM_SEV_SNP_LAUNCH_START, KVM_SEV_SNP_LAUNCH_UPDATE, KVM_SEV_SNP_LAUNCH_FINISH, };

	/**
	 * A public read-only list of all the '<em><b>Command Id</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SevCommandId> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Command Id</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SevCommandId get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SevCommandId result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Command Id</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SevCommandId getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SevCommandId result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Command Id</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SevCommandId get(int value) {
		switch (value) {
		case KVM_SEV_INIT_VALUE:
			return KVM_SEV_INIT;
		case KVM_SEV_ES_INIT_VALUE:
			return KVM_SEV_ES_INIT;
		case KVM_SEV_LAUNCH_START_VALUE:
			return KVM_SEV_LAUNCH_START;
		case KVM_SEV_LAUNCH_UPDATE_DATA_VALUE:
			return KVM_SEV_LAUNCH_UPDATE_DATA;
		case KVM_SEV_LAUNCH_UPDATE_VMSA_VALUE:
			return KVM_SEV_LAUNCH_UPDATE_VMSA;
		case KVM_SEV_LAUNCH_SECRET_VALUE:
			return KVM_SEV_LAUNCH_SECRET;
		case KVM_SEV_LAUNCH_MEASURE_VALUE:
			return KVM_SEV_LAUNCH_MEASURE;
		case KVM_SEV_LAUNCH_FINISH_VALUE:
			return KVM_SEV_LAUNCH_FINISH;
		case KVM_SEV_SEND_START_VALUE:
			return KVM_SEV_SEND_START;
		case KVM_SEV_SEND_UPDATE_DATA_VALUE:
			return KVM_SEV_SEND_UPDATE_DATA;
		case KVM_SEV_SEND_UPDATE_VMSA_VALUE:
			return KVM_SEV_SEND_UPDATE_VMSA;
		case KVM_SEV_SEND_FINISH_VALUE:
			return KVM_SEV_SEND_FINISH;
		case KVM_SEV_RECEIVE_START_VALUE:
			return KVM_SEV_RECEIVE_START;
		case KVM_SEV_RECEIVE_UPDATE_DATA_VALUE:
			return KVM_SEV_RECEIVE_UPDATE_DATA;
		case KVM_SEV_RECEIVE_UPDATE_VMSA_VALUE:
			return KVM_SEV_RECEIVE_UPDATE_VMSA;
		case KVM_SEV_RECEIVE_FINISH_VALUE:
			return KVM_SEV_RECEIVE_FINISH;
		case KVM_SEV_GUEST_STATUS_VALUE:
			return KVM_SEV_GUEST_STATUS;
		case KVM_SEV_DBG_DECRYPT_VALUE:
			return KVM_SEV_DBG_DECRYPT;
		case KVM_SEV_DBG_ENCRYPT_VALUE:
			return KVM_SEV_DBG_ENCRYPT;
		case KVM_SEV_CERT_EXPORT_VALUE:
			return KVM_SEV_CERT_EXPORT;
		case KVM_SEV_GET_ATTESTATION_REPORT_VALUE:
			return KVM_SEV_GET_ATTESTATION_REPORT;
		case KVM_SEV_SEND_CANCEL_VALUE:
			return KVM_SEV_SEND_CANCEL;
		case KVM_SEV_INIT2_VALUE:
			return KVM_SEV_INIT2;
		case KVM_SEV_SNP_LAUNCH_START_VALUE:
			return KVM_SEV_SNP_LAUNCH_START;
		case KVM_SEV_SNP_LAUNCH_UPDATE_VALUE:
			return KVM_SEV_SNP_LAUNCH_UPDATE;
		case KVM_SEV_SNP_LAUNCH_FINISH_VALUE:
			return KVM_SEV_SNP_LAUNCH_FINISH;
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
	private SevCommandId(int value, String name, String literal) {
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

} //SevCommandId
