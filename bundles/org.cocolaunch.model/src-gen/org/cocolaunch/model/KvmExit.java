/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kvm Exit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One KVM_RUN exit, decoded from struct kvm_run.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.KvmExit#getIndex <em>Index</em>}</li>
 *   <li>{@link org.cocolaunch.model.KvmExit#getReason <em>Reason</em>}</li>
 *   <li>{@link org.cocolaunch.model.KvmExit#getExitReason <em>Exit Reason</em>}</li>
 *   <li>{@link org.cocolaunch.model.KvmExit#getPort <em>Port</em>}</li>
 *   <li>{@link org.cocolaunch.model.KvmExit#isWrite <em>Write</em>}</li>
 *   <li>{@link org.cocolaunch.model.KvmExit#getSize <em>Size</em>}</li>
 *   <li>{@link org.cocolaunch.model.KvmExit#getCount <em>Count</em>}</li>
 *   <li>{@link org.cocolaunch.model.KvmExit#getData <em>Data</em>}</li>
 *   <li>{@link org.cocolaunch.model.KvmExit#getAddress <em>Address</em>}</li>
 *   <li>{@link org.cocolaunch.model.KvmExit#getSubcode <em>Subcode</em>}</li>
 *   <li>{@link org.cocolaunch.model.KvmExit#getDetails <em>Details</em>}</li>
 *   <li>{@link org.cocolaunch.model.KvmExit#getRip <em>Rip</em>}</li>
 *   <li>{@link org.cocolaunch.model.KvmExit#getCsBase <em>Cs Base</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.model.ModelPackage#getKvmExit()
 * @model
 * @generated
 */
public interface KvmExit extends EObject {
	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1 for the run step's first exit, and so on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see org.cocolaunch.model.ModelPackage#getKvmExit_Index()
	 * @model
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.KvmExit#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cocolaunch.model.KvmExitReason}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see org.cocolaunch.model.KvmExitReason
	 * @see #setReason(KvmExitReason)
	 * @see org.cocolaunch.model.ModelPackage#getKvmExit_Reason()
	 * @model
	 * @generated
	 */
	KvmExitReason getReason();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.KvmExit#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see org.cocolaunch.model.KvmExitReason
	 * @see #getReason()
	 * @generated
	 */
	void setReason(KvmExitReason value);

	/**
	 * Returns the value of the '<em><b>Exit Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * exit_reason as the kernel gave it (KVM_EXIT_*).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exit Reason</em>' attribute.
	 * @see #setExitReason(int)
	 * @see org.cocolaunch.model.ModelPackage#getKvmExit_ExitReason()
	 * @model
	 * @generated
	 */
	int getExitReason();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.KvmExit#getExitReason <em>Exit Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exit Reason</em>' attribute.
	 * @see #getExitReason()
	 * @generated
	 */
	void setExitReason(int value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IO: the port.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(int)
	 * @see org.cocolaunch.model.ModelPackage#getKvmExit_Port()
	 * @model
	 * @generated
	 */
	int getPort();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.KvmExit#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(int value);

	/**
	 * Returns the value of the '<em><b>Write</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IO: out (KVM_EXIT_IO_OUT); MMIO: is_write.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Write</em>' attribute.
	 * @see #setWrite(boolean)
	 * @see org.cocolaunch.model.ModelPackage#getKvmExit_Write()
	 * @model
	 * @generated
	 */
	boolean isWrite();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.KvmExit#isWrite <em>Write</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Write</em>' attribute.
	 * @see #isWrite()
	 * @generated
	 */
	void setWrite(boolean value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IO: bytes per access (1, 2, 4); MMIO: len.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(int)
	 * @see org.cocolaunch.model.ModelPackage#getKvmExit_Size()
	 * @model
	 * @generated
	 */
	int getSize();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.KvmExit#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(int value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IO: number of accesses (string I/O).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see org.cocolaunch.model.ModelPackage#getKvmExit_Count()
	 * @model
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.KvmExit#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

	/**
	 * Returns the value of the '<em><b>Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IO: the bytes written (out) or the buffer to fill (in); MMIO: the data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data</em>' attribute.
	 * @see #setData(byte[])
	 * @see org.cocolaunch.model.ModelPackage#getKvmExit_Data()
	 * @model
	 * @generated
	 */
	byte[] getData();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.KvmExit#getData <em>Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data</em>' attribute.
	 * @see #getData()
	 * @generated
	 */
	void setData(byte[] value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MMIO: guest physical address.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(long)
	 * @see org.cocolaunch.model.ModelPackage#getKvmExit_Address()
	 * @model
	 * @generated
	 */
	long getAddress();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.KvmExit#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(long value);

	/**
	 * Returns the value of the '<em><b>Subcode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * INTERNAL_ERROR: suberror (KVM_INTERNAL_ERROR_*); FAIL_ENTRY: hardware_entry_failure_reason.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subcode</em>' attribute.
	 * @see #setSubcode(long)
	 * @see org.cocolaunch.model.ModelPackage#getKvmExit_Subcode()
	 * @model
	 * @generated
	 */
	long getSubcode();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.KvmExit#getSubcode <em>Subcode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subcode</em>' attribute.
	 * @see #getSubcode()
	 * @generated
	 */
	void setSubcode(long value);

	/**
	 * Returns the value of the '<em><b>Details</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sub-code by name and extra data, for people.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Details</em>' attribute.
	 * @see #setDetails(String)
	 * @see org.cocolaunch.model.ModelPackage#getKvmExit_Details()
	 * @model
	 * @generated
	 */
	String getDetails();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.KvmExit#getDetails <em>Details</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Details</em>' attribute.
	 * @see #getDetails()
	 * @generated
	 */
	void setDetails(String value);

	/**
	 * Returns the value of the '<em><b>Rip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RIP read back with KVM_GET_REGS after the exit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rip</em>' attribute.
	 * @see #setRip(long)
	 * @see org.cocolaunch.model.ModelPackage#getKvmExit_Rip()
	 * @model
	 * @generated
	 */
	long getRip();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.KvmExit#getRip <em>Rip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rip</em>' attribute.
	 * @see #getRip()
	 * @generated
	 */
	void setRip(long value);

	/**
	 * Returns the value of the '<em><b>Cs Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CS base read back with KVM_GET_SREGS after the exit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cs Base</em>' attribute.
	 * @see #setCsBase(long)
	 * @see org.cocolaunch.model.ModelPackage#getKvmExit_CsBase()
	 * @model
	 * @generated
	 */
	long getCsBase();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.KvmExit#getCsBase <em>Cs Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cs Base</em>' attribute.
	 * @see #getCsBase()
	 * @generated
	 */
	void setCsBase(long value);

} // KvmExit
